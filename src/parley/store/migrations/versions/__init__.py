"""One module per schema revision; ``db.HEAD_REVISION`` names the newest."""
