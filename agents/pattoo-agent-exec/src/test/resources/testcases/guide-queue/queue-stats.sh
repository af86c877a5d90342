#!/bin/sh
# tag::script[]
# queue-stats.sh --jobs DIR: a job queue's state, one "key value [type]" a line.
if [ "$1" = --jobs ]; then jobs=$2; else jobs=/var/lib/jobs; fi
echo "queue_depth $(ls "$jobs/queue" | wc -l) int"
echo "jobs_done_total $(cat "$jobs/done") counter"
echo "worker_version \"$(cat "$jobs/VERSION")\""
# end::script[]
