// rejected E0505: moving a document into an archive while a borrowed summary of it is still used
struct Document {
    title: String,
    body: String,
}

struct Archive {
    docs: Vec<Document>,
}

impl Archive {
    fn store(&mut self, d: Document) {
        self.docs.push(d);
    }
}

fn headline(d: &Document) -> &str {
    d.body.lines().next().unwrap_or(&d.title)
}

fn word_count(d: &Document) -> usize {
    d.body.split_whitespace().count()
}

fn main() {
    let mut archive = Archive { docs: Vec::new() };
    let doc = Document {
        title: "minutes".to_string(),
        body: "Budget approved\nNext meeting friday\nAction items pending".to_string(),
    };
    let words = word_count(&doc);
    let head = headline(&doc);
    archive.store(doc);
    println!("stored {} docs", archive.docs.len());
    println!("headline: {} ({} words)", head, words);
    for d in &archive.docs {
        println!("- {}", d.title);
    }
}
