echo "greeting \"$GREETING\""
if [ -n "$HOME" ]; then echo "inherited 1 int"; else echo "inherited 0 int"; fi
