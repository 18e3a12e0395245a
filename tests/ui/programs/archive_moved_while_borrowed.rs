// a document archive whose vector is moved into storage while a title reference is still in use
struct Doc {
    title: String,
    pages: u32,
    tags: Vec<&'static str>,
}

struct Storage {
    shelves: Vec<Vec<Doc>>,
}

impl Storage {
    fn store(&mut self, docs: Vec<Doc>) -> u32 {
        let pages = docs.iter().map(|d| d.pages).sum();
        self.shelves.push(docs);
        pages
    }
}

fn main() {
    let mut storage = Storage { shelves: Vec::new() };
    let docs = vec![
        Doc { title: String::from("minutes"), pages: 3, tags: vec!["meeting"] },
        Doc { title: String::from("budget"), pages: 12, tags: vec!["finance", "2024"] },
        Doc { title: String::from("roadmap"), pages: 7, tags: vec![] },
    ];
    let tagged = docs.iter().filter(|d| !d.tags.is_empty()).count();
    let longest = docs.iter().max_by_key(|d| d.pages).map(|d| &d.title).unwrap();
    let pages = storage.store(docs);
    println!("archived {} pages ({} tagged), longest was {}", pages, tagged, longest);
    println!("{} shelves", storage.shelves.len());
}
