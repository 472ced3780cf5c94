"""The Qt widgets: windows, dialogs and table models. They call services, never queries."""
