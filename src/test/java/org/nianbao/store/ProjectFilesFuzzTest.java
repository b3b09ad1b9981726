package org.nianbao.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.sign.SignException;
import org.nianbao.sign.SignatureVerifier;

/**
 * Whatever file a user hands over as a project or as a signed report, it is read or refused with a
 * reason in her language — never a crash (issue 13). A plain {@code mvn test} replays the seeds under
 * {@code src/test/resources/org/nianbao/store/ProjectFilesFuzzTestInputs/}; to fuzz, run one method with
 * {@code JAZZER_FUZZ=1}, e.g. {@code JAZZER_FUZZ=1 ./mvnw test -Dtest='ProjectFilesFuzzTest#anyFileIsOpened*'}.
 */
class ProjectFilesFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void anyFileIsOpenedAsAProjectOrRefusedWithAReason(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("fuzz", ".nianbao");
        try {
            Files.write(file, bytes);
            try {
                new ProjectStore().read(file);
            } catch (ProjectFileException e) {
                assertThat(e.key()).as("a refusal names its reason").startsWith("store.");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyFileIsVerifiedAsAPdfOrRefusedWithAReason(byte[] bytes) throws Exception {
        Path file = Files.createTempFile("fuzz", ".pdf");
        try {
            Files.write(file, bytes);
            try {
                new SignatureVerifier().verify(file);
            } catch (SignException e) {
                assertThat(e.getMessage()).as("a refusal says why").isNotBlank();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
