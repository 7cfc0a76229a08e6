"""What the main window needs around it: the keyboard's routes between panes
(``focus``), a size that fits a laptop screen (``screen_fit``) and the README's
screenshot (``screenshot``)."""
