/**
 * tmsh's Solr plug-in: classes that run inside a Solr node (loaded from {@code tmsh-solr-node.jar} in the node's
 * lib folder, or from the test class path by the in-process cluster), depending on Solr and Lucene and on a
 * few plain-Java tmsh classes (the rescorer, the tokenizer, {@code MatchProtocol}) that the jar carries.
 * {@link org.tmsh.memory.solr.node.SegmentHandler} adds the segments an import's client built as they are
 * (the bulk path's {@code /tmsh/segments}); {@link org.tmsh.memory.solr.node.MatchHandler} runs a look-up on
 * the node's index and answers its best units in one response ({@code /tmsh/match}). docs/team-memory.md says how a team installs it and what happens
 * without it.
 */
package org.tmsh.memory.solr.node;
