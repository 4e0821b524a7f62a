"""The ontology files (kg.ttl, shapes.ttl), installed as the package ``kg.ontology_files``; read them with kg.ontology."""
