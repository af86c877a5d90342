-- English labels for the agents after the Linux one (snmp, modbus, opcua, bacnet, exec, example):
-- the agent core's own health points, which every agent sends under its program's prefix, the
-- per-collector ones the core added (pattoo-agent-linux sends them too), and the IF-MIB mode's
-- interface counters. OIDs, registers, nodes, objects and commands are named by each site's
-- configuration: they have no label here. An operator's edits are never overwritten.
INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)
SELECT 1, (SELECT id FROM language WHERE code = 'en'), p.program || '_' || t.key, t.translation, t.units
FROM (VALUES ('pattoo_agent_snmp'), ('pattoo_agent_modbus'), ('pattoo_agent_opcua'),
             ('pattoo_agent_bacnet'), ('pattoo_agent_exec'), ('pattoo_agent_example')) AS p(program)
CROSS JOIN (VALUES
    ('agent_batches_dropped', 'Agent batches dropped from a full spool', 'batches/s'),
    ('agent_batches_posted',  'Agent batches posted',                    'batches/s'),
    ('agent_batches_spooled', 'Agent batches spooled',                   'batches/s'),
    ('agent_batches_waiting', 'Agent batches waiting in the spool',      'batches'),
    ('agent_poll_errors',     'Agent poll errors',                       'errors/s'),
    ('agent_polls',           'Agent polls',                             'polls/s')
) AS t(key, translation, units)
ON CONFLICT (translation_group_id, language_id, key) DO NOTHING;

INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)
SELECT 1, (SELECT id FROM language WHERE code = 'en'), p.program || '_' || t.key, t.translation, t.units
FROM (VALUES ('pattoo_agent_linux'), ('pattoo_agent_snmp'), ('pattoo_agent_modbus'),
             ('pattoo_agent_opcua'), ('pattoo_agent_bacnet'), ('pattoo_agent_exec'),
             ('pattoo_agent_example')) AS p(program)
CROSS JOIN (VALUES
    ('agent_collector_poll_ms', 'Agent collector poll duration',  'ms'),
    ('agent_collector_errors',  'Agent collector failed targets', 'errors/s')
) AS t(key, translation, units)
ON CONFLICT (translation_group_id, language_id, key) DO NOTHING;

-- Octet counters arrive in bits (×8), as the original's IF-MIB agent sent them.
INSERT INTO key_translation (translation_group_id, language_id, key, translation, units)
SELECT 1, (SELECT id FROM language WHERE code = 'en'), 'pattoo_agent_snmp_' || t.key, t.translation, t.units
FROM (VALUES
    ('ifinoctets',            'Interface traffic in',             'bits/s'),
    ('ifhcinoctets',          'Interface traffic in',             'bits/s'),
    ('ifoutoctets',           'Interface traffic out',            'bits/s'),
    ('ifhcoutoctets',         'Interface traffic out',            'bits/s'),
    ('ifinucastpkts',         'Interface unicast packets in',     'packets/s'),
    ('ifhcinucastpkts',       'Interface unicast packets in',     'packets/s'),
    ('ifoutucastpkts',        'Interface unicast packets out',    'packets/s'),
    ('ifhcoutucastpkts',      'Interface unicast packets out',    'packets/s'),
    ('ifinmulticastpkts',     'Interface multicast packets in',   'packets/s'),
    ('ifhcinmulticastpkts',   'Interface multicast packets in',   'packets/s'),
    ('ifoutmulticastpkts',    'Interface multicast packets out',  'packets/s'),
    ('ifhcoutmulticastpkts',  'Interface multicast packets out',  'packets/s'),
    ('ifinbroadcastpkts',     'Interface broadcast packets in',   'packets/s'),
    ('ifhcinbroadcastpkts',   'Interface broadcast packets in',   'packets/s'),
    ('ifoutbroadcastpkts',    'Interface broadcast packets out',  'packets/s'),
    ('ifhcoutbroadcastpkts',  'Interface broadcast packets out',  'packets/s'),
    ('ifindiscards',          'Interface inbound discards',       'packets/s'),
    ('ifinerrors',            'Interface inbound errors',         'packets/s'),
    ('ifoutdiscards',         'Interface outbound discards',      'packets/s'),
    ('ifouterrors',           'Interface outbound errors',        'packets/s')
) AS t(key, translation, units)
ON CONFLICT (translation_group_id, language_id, key) DO NOTHING;

INSERT INTO agent_translation (language_id, agent_program, translation)
SELECT l.id, a.program, a.translation
FROM language l CROSS JOIN (VALUES
    ('pattoo_agent_snmp',    'SNMP agent'),
    ('pattoo_agent_modbus',  'Modbus TCP agent'),
    ('pattoo_agent_opcua',   'OPC UA agent'),
    ('pattoo_agent_bacnet',  'BACnet/IP agent'),
    ('pattoo_agent_exec',    'Command agent'),
    ('pattoo_agent_example', 'Example agent (JSON over HTTP)')
) AS a(program, translation)
WHERE l.code = 'en'
ON CONFLICT (language_id, agent_program) DO NOTHING;
