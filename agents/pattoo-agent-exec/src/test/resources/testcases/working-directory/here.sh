echo "cwd \"$(pwd -P)\""
