// kg in Neo4j Browser: queries for a first look at a loaded graph (kg load OUT --uri bolt://...).
// Paste one query at a time, or save each as a favourite (star icon in the editor).
// The style file ontology/style.grass colours nodes by class: run :style and drop it on the panel.

// 1. Overview: how many entities of each class, and how many facts of each relation
MATCH (e:Entity)
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS class, count(*) AS entities
ORDER BY entities DESC;

// 2. The facts: every relation between entities (articles left out), as a graph
MATCH p = (s:Entity)-[r]->(o:Entity)
RETURN p
LIMIT 100;

// 3. Who did what to whom, as a table with the evidence sentence
MATCH (s:Entity)-[r]->(o:Entity)
RETURN s.name AS subject, type(r) AS relation, o.name AS object, r.date AS date, r.evidence AS evidence
ORDER BY r.doc_id, r.sentence_start
LIMIT 100;

// 4. From a fact to its source: the article and the sentence behind each dismissal
MATCH (s:Entity)-[r:DISMISSED]->(o:Entity)
MATCH (a:Article {id: r.doc_id})
RETURN s.name AS subject, o.name AS object, a.title AS article, a.url AS url, r.evidence AS sentence;

// 5. The most connected entities
MATCH (e:Entity)-[r]-(:Entity)
RETURN e.name AS entity, [l IN labels(e) WHERE l <> 'Entity'][0] AS class, count(r) AS facts
ORDER BY facts DESC
LIMIT 20;

// 6. One person's neighbourhood (change the name)
MATCH p = (:Person {name: 'Kassym-Jomart Tokayev'})-[r]-(:Entity)
RETURN p;

// 7. Articles and the entities they mention
MATCH p = (:Article)-[:MENTIONS]->(:Entity)
RETURN p
LIMIT 150;
