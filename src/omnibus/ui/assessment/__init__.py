"""The open assessment: navigation, section pages, review and export, and the controller they share."""
