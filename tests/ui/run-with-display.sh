#!/bin/sh
# Runs a command with an X display: the real one when DISPLAY is set, else a private Xvfb.
# Audio goes to OpenAL's null driver so tests never need a sound card.
export ALSOFT_DRIVERS="${ALSOFT_DRIVERS:-null}"
if [ -n "${DISPLAY:-}" ]; then
  exec "$@"
fi
exec xvfb-run -a -s "-screen 0 1920x1080x24" "$@"
