"""Resources shipped with MentorDesk: fonts, templates, samples."""
