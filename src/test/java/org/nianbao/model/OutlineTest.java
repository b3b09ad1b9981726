package org.nianbao.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nianbao.testing.Fixtures;
import org.nianbao.workspace.Workspace;

/** Editing this project's outline is a core operation: the app and any other front end get the same results. */
class OutlineTest {
    private final Project p = Fixtures.project(Workspace.standard());

    private java.util.List<String> ids(Project project) {
        return project.sections().stream().map(Section::id).toList();
    }

    @Test
    void sectionsAreAddedWithAFreeIdAfterTheChosenOneMovedAndRemoved() {
        String first = p.sections().get(0).id();
        String id = p.nextCustomSectionId();
        assertThat(id).isEqualTo("custom-1");
        Project added = p.withSectionAdded(first, id, "八、其他");
        assertThat(ids(added)).element(1).isEqualTo("custom-1");
        assertThat(added.nextCustomSectionId()).isEqualTo("custom-2");
        assertThat(ids(p.withSectionAdded("no-such", "custom-1", "末尾"))).last().isEqualTo("custom-1");

        Project moved = added.withSectionMoved("custom-1", -1);
        assertThat(ids(moved)).first().isEqualTo("custom-1");
        assertThat(moved.withSectionMoved("custom-1", -1)).isSameAs(moved);
        assertThat(ids(added.withSectionRemoved("custom-1"))).isEqualTo(ids(p));
    }

    @Test
    void aSectionIsRenamedButNeverToNothing() {
        String first = p.sections().get(0).id();
        assertThat(p.withSectionRenamed(first, "  一、总体情况 ").section(first).orElseThrow().heading()).isEqualTo("一、总体情况");
        assertThatThrownBy(() -> p.withSectionRenamed(first, "   ")).isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).key()).isEqualTo("model.section.headingEmpty"));
    }
}
