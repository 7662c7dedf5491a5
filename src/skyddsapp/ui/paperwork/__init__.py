"""Forms and documents: the Dokument tab, form dialogs, preview, printing, signatures and verifying
paper."""
