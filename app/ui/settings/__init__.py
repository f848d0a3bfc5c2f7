"""The tabs of the Pengaturan page, one module each; ``app.ui.settings_page`` puts them together."""
