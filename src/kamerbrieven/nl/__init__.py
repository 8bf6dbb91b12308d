"""Dutch language resources shared by the pipeline steps: lexicon, month names, ..."""
