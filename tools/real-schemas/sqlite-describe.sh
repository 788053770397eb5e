#!/usr/bin/env bash
# prints a PRAGMA-based description of a sqlite db (excluding godwit tables)
db=$1
for t in $(sqlite3 "$db" "select name from sqlite_master where type='table' and name not like 'godwit_%' and name not like 'sqlite_%' order by name"); do
  echo "TABLE $t"
  sqlite3 "$db" "select cid,name,upper(type),\"notnull\",dflt_value,pk from pragma_table_xinfo('$t')"
  sqlite3 "$db" "select 'IDX', il.\"unique\", il.origin, il.partial, group_concat(ii.name || coalesce(' ' || ii.coll, ''), ',') from pragma_index_list('$t') il join pragma_index_xinfo(il.name) ii where ii.key=1 group by il.name order by 5, 2"
  sqlite3 "$db" "select 'FK', \"table\", \"from\", \"to\", on_update, on_delete, \"match\" from pragma_foreign_key_list('$t') order by 2,3"
done
sqlite3 "$db" "select type, name, sql from sqlite_master where type in ('view','trigger') order by name"
