"""What both programs (`skyddsapp` and `skyddsapp-desktop`) do as programs, Qt-free: hardening
at start, argparse in Swedish, `--version`, and where the shipped icons and licence texts are."""
