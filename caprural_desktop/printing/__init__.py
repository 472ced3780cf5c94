"""Documents drawn with QPainter on a paged device (PDF or printer); no widgets here."""
