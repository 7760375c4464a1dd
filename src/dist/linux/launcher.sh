#!/bin/sh
# Catchment's launcher on Linux, installed as bin/Catchment (the app) and bin/catchment (the command
# line) in place of jpackage's native launchers, which ask dpkg and rpm which package they belong to
# at every start (a second or more on a desktop with many packages). It runs the bundled Java
# runtime with the Java options jpackage wrote into lib/app/catchment.cfg ($APPDIR is lib/app).
app=$(readlink -f "$(dirname "$(readlink -f "$0")")/../lib/app")
n=$#
while IFS= read -r line; do
  case $line in
    java-options=*) set -- "$@" "$(printf '%s\n' "${line#java-options=}" | sed "s|\$APPDIR|$app|g")" ;;
  esac
done < "$app/catchment.cfg"
set -- "$@" -cp "$app/catchment.jar" org.catchment.cli.Main
# the user's arguments were first: move them behind the options
while [ "$n" -gt 0 ]; do
  set -- "$@" "$1"
  shift
  n=$((n - 1))
done
exec "$app/../runtime/bin/java" "$@"
