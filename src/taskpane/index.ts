/* The task pane's entry. Kept minimal until the pane itself is built (generator, checker). */
Office.onReady(() => undefined);
