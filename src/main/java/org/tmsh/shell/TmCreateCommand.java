package org.tmsh.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tmsh.common.TmshException;
import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.solr.SolrCluster;
import org.tmsh.memory.solr.SolrMemory;

/** {@code tm create NAME --solr URL}: a team TM in a new SolrCloud collection, registered under {@code $TMSH_HOME}. */
public class TmCreateCommand extends TmshCommand {

    private final TmLibrary library;

    public TmCreateCommand(TmLibrary library) {
        super("tm create", "Create a team translation memory in SolrCloud (credentials from " + SolrCluster.AUTH_ENV + ")",
                "Translation memory", "tm create NAME --solr URL [--collection C] [--shards N] [--replicas N] [--spread N] [--json]",
                "tm create team --solr http://solr1:8983/solr --shards 2 --replicas 2",
                List.of(OptionSpec.required("solr", OptionSpec.Kind.TEXT, "a Solr base URL, such as http://host:8983/solr"),
                        OptionSpec.optional("collection", OptionSpec.Kind.TEXT, null, "collection name (default: the TM's name)"),
                        OptionSpec.optional("shards", OptionSpec.Kind.INTEGER, "1", "number of shards"),
                        OptionSpec.optional("replicas", OptionSpec.Kind.INTEGER, "2", "copies of each shard"),
                        OptionSpec.optional("spread", OptionSpec.Kind.INTEGER, null,
                                "spread the TM's units over at least N shards (default: all on one shard)"),
                        OptionSpec.flag("json", "print the result as JSON")));
        this.library = library;
    }

    @Override
    protected void checkArguments(List<String> arguments) {
        requireArguments(arguments, 1, "the name of the TM");
    }

    @Override
    protected void run(Invocation inv, Output out) {
        String name = TmLibrary.checkName(inv.arguments().get(0));
        String url = SolrCluster.checkUrl(inv.get("solr"));
        String collection = TmLibrary.checkName(inv.get("collection") == null ? name : inv.get("collection"));
        int shards = inv.integer("shards");
        int replicas = inv.integer("replicas");
        if (shards < 1 || replicas < 1) {
            throw new TmshException(getName() + ": --shards and --replicas must be at least 1");
        }
        if (library.exists(name)) {
            throw new TmshException(getName() + ": a TM named '" + name + "' exists already");
        }
        TmRegistration reg = SolrMemory.create(name, url, collection, shards, replicas,
                inv.get("spread") == null ? null : inv.integer("spread"));
        library.register(name, reg);
        report(out, name, url, collection, "created");
    }

    static void report(Output out, String name, String url, String collection, String what) {
        report(out, name, url, collection, what, name);
    }

    /** As above, for a TM whose name in the collection ({@code remote}) differs from its local name. */
    static void report(Output out, String name, String url, String collection, String what, String remote) {
        if (out.json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tm", name);
            m.put("remote", remote);
            m.put("backend", "solr");
            m.put("url", url);
            m.put("collection", collection);
            m.put(what, true);
            out.json(m);
            return;
        }
        out.line("TM '" + name + "' " + what + ": Solr " + url + ", collection " + collection
                + (remote.equals(name) ? "" : ", where it is TM '" + remote + "'") + "; use it with --tm " + name);
    }
}
