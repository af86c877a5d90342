-- English labels and units for every key pattoo-agent-linux sends (its readers and the agent core's
-- own health points), in the default group; an operator's edits are never overwritten. Each new
-- agent ships its translations the same way, in a migration of its own.
INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)
SELECT 1, (SELECT id FROM language WHERE code = 'en'), 'pattoo_agent_linux_' || t.key, t.translation, t.units
FROM (VALUES
    -- Counters (32/64) are shown as per-second rates, gauges as they are.
    ('agent_batches_dropped',             'Agent batches dropped from a full spool', 'batches/s'),
    ('agent_batches_posted',              'Agent batches posted',                    'batches/s'),
    ('agent_batches_spooled',             'Agent batches spooled',                   'batches/s'),
    ('agent_batches_waiting',             'Agent batches waiting in the spool',      'batches'),
    ('agent_poll_errors',                 'Agent poll errors',                       'errors/s'),
    ('agent_polls',                       'Agent polls',                             'polls/s'),
    ('cpu_frequency',                     'CPU frequency, average',                  'MHz'),
    ('cpu_stats_ctx_switches',            'CPU context switches',                    'switches/s'),
    ('cpu_stats_interrupts',              'CPU interrupts',                          'interrupts/s'),
    ('cpu_times_idle',                    'CPU time, idle',                          'CPU seconds/s'),
    ('cpu_times_iowait',                  'CPU time, I/O wait',                      'CPU seconds/s'),
    ('cpu_times_irq',                     'CPU time, hardware interrupts',           'CPU seconds/s'),
    ('cpu_times_nice',                    'CPU time, nice',                          'CPU seconds/s'),
    ('cpu_times_percent_idle',            'CPU time percent, idle',                  '%'),
    ('cpu_times_percent_iowait',          'CPU time percent, I/O wait',              '%'),
    ('cpu_times_percent_irq',             'CPU time percent, hardware interrupts',   '%'),
    ('cpu_times_percent_nice',            'CPU time percent, nice',                  '%'),
    ('cpu_times_percent_softirq',         'CPU time percent, software interrupts',   '%'),
    ('cpu_times_percent_steal',           'CPU time percent, steal',                 '%'),
    ('cpu_times_percent_system',          'CPU time percent, system',                '%'),
    ('cpu_times_percent_user',            'CPU time percent, user',                  '%'),
    ('cpu_times_softirq',                 'CPU time, software interrupts',           'CPU seconds/s'),
    ('cpu_times_steal',                   'CPU time, steal',                         'CPU seconds/s'),
    ('cpu_times_system',                  'CPU time, system',                        'CPU seconds/s'),
    ('cpu_times_user',                    'CPU time, user',                          'CPU seconds/s'),
    ('disk_io_busy_time',                 'Disk busy time',                          'ms/s'),
    ('disk_io_read_bytes',                'Disk bytes read',                         'bytes/s'),
    ('disk_io_read_count',                'Disk reads',                              'reads/s'),
    ('disk_io_write_bytes',               'Disk bytes written',                      'bytes/s'),
    ('disk_io_write_count',               'Disk writes',                             'writes/s'),
    ('disk_partition_disk_usage_free',    'Filesystem space free',                   'bytes'),
    ('disk_partition_disk_usage_percent', 'Filesystem space used, percent',          '%'),
    ('disk_partition_disk_usage_total',   'Filesystem size',                         'bytes'),
    ('disk_partition_disk_usage_used',    'Filesystem space used',                   'bytes'),
    ('load_average_01min',                'Load average, 1 minute',                  ''),
    ('load_average_05min',                'Load average, 5 minutes',                 ''),
    ('load_average_15min',                'Load average, 15 minutes',                ''),
    ('memory_available',                  'Memory available',                        'bytes'),
    ('memory_percent',                    'Memory used, percent',                    '%'),
    ('memory_total',                      'Memory total',                            'bytes'),
    ('memory_used',                       'Memory used',                             'bytes'),
    ('network_io_bytes_recv',             'Network bytes received',                  'bytes/s'),
    ('network_io_bytes_sent',             'Network bytes sent',                      'bytes/s'),
    ('network_io_dropin',                 'Network packets dropped, in',             'packets/s'),
    ('network_io_errin',                  'Network errors, in',                      'errors/s'),
    ('network_io_errout',                 'Network errors, out',                     'errors/s'),
    ('network_io_packets_recv',           'Network packets received',                'packets/s'),
    ('network_io_packets_sent',           'Network packets sent',                    'packets/s'),
    ('process_count',                     'Processes',                               'processes'),
    ('swap_memory_free',                  'Swap free',                               'bytes'),
    ('swap_memory_sin',                   'Swap bytes in',                           'bytes/s'),
    ('swap_memory_sout',                  'Swap bytes out',                          'bytes/s'),
    ('swap_memory_total',                 'Swap total',                              'bytes'),
    ('swap_memory_used',                  'Swap used',                               'bytes'),
    ('uptime',                            'Uptime',                                  'seconds')
) AS t(key, translation, units)
ON CONFLICT (translation_group_id, language_id, key) DO NOTHING;

INSERT INTO agent_translation (language_id, agent_program, translation)
SELECT id, 'pattoo_agent_linux', 'Linux host agent' FROM language WHERE code = 'en'
ON CONFLICT (language_id, agent_program) DO NOTHING;
