"""Helpers shared by the test suites: building the site, serving it, driving Chromium."""
