package org.tmsh.shell;

import java.util.List;

import org.tmsh.memory.TmLibrary;
import org.tmsh.memory.TmRegistration;
import org.tmsh.memory.solr.SolrCluster;
import org.tmsh.memory.solr.SolrMemory;

/** {@code tm connect NAME --solr URL --collection C}: registers a team TM that exists in SolrCloud. */
public class TmConnectCommand extends TmshCommand {

    private final TmLibrary library;

    public TmConnectCommand(TmLibrary library) {
        super("tm connect", "Use a team translation memory that exists in SolrCloud", "Translation memory",
                "tm connect NAME --solr URL --collection C [--remote TM] [--json]",
                "tm connect team --solr http://solr1:8983/solr --collection team",
                List.of(OptionSpec.required("solr", OptionSpec.Kind.TEXT, "a Solr base URL, such as http://host:8983/solr"),
                        OptionSpec.required("collection", OptionSpec.Kind.TEXT, "the collection that holds the TM"),
                        OptionSpec.optional("remote", OptionSpec.Kind.TEXT, null, "the TM's name in the collection (default: NAME, or the collection's only TM)"),
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
        String collection = inv.get("collection");
        TmRegistration reg = SolrMemory.connect(name, url, collection, inv.get("remote"));
        library.register(name, reg);
        TmCreateCommand.report(out, name, url, collection, "connected", reg.nameIn(name));
    }
}
