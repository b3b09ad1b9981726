package org.nianbao.ui;

import javafx.scene.Node;

/** One kind of step in the wizard's centre. */
interface StepView {
    Node node();

    /** Called each time the step is shown (and again for another section of the same kind). */
    void show(WizardViewModel.Step step);
}
