"""How an edit travels from a key press to the event file: fields that read what people
type (``fields``), widgets bound to the model (``binding``), one undoable command per
edit (``commands``), the window-wide undo that works inside text fields (``undo``) and
the stack that saves each edit or refuses it whole (``safety``)."""
