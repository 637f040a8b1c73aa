"""How credits are worded: the conventions attribution reads (labels and leads, wire datelines
and end markers, republishing trailers and notes, "first published in" sentences, reposting
tools' lines, image credits), each module one family, in the languages it is written in."""
