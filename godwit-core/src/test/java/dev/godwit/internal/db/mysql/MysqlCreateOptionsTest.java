package dev.godwit.internal.db.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MysqlCreateOptionsTest {

    @Test
    void optionsReadAsShowCreateTablePrintsThem() {
        assertEquals(List.of("ROW_FORMAT=COMPRESSED", "KEY_BLOCK_SIZE=8"),
                MysqlCreateOptions.parse("row_format=COMPRESSED key_block_size=8"));
        assertEquals(List.of("MIN_ROWS=5", "PACK_KEYS=1", "STATS_PERSISTENT=0"),
                MysqlCreateOptions.parse("min_rows=5 pack_keys=1 stats_persistent=0"));
    }

    @Test
    void noOptionsPartitioningAndAriasReportedStateAreLeftOut() {
        assertEquals(List.of(), MysqlCreateOptions.parse(null));
        assertEquals(List.of(), MysqlCreateOptions.parse(""));
        assertEquals(List.of(), MysqlCreateOptions.parse("partitioned"));
        assertEquals(List.of("ROW_FORMAT=DYNAMIC"), MysqlCreateOptions.parse("partitioned row_format=DYNAMIC"));
        assertEquals(List.of(), MysqlCreateOptions.parse("page_checksum=1 transactional=1"));
    }

    @Test
    void anEngineAttributeKeepsItsQuotedSpelling() {
        assertEquals(List.of("`page_compressed`='1'", "`note`='a b'"),
                MysqlCreateOptions.parse("`page_compressed`='1' `note`='a b'"));
    }
}
