# Starts a child that outlives any timeout, writes both pids to the folder in $1, and waits.
sleep 300 &
echo $! > "$1/child.pid"
echo $$ > "$1/shell.pid"
wait
