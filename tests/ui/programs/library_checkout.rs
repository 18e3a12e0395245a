// a library checkout system with members, loans, limits and returns reported in order
use std::collections::BTreeMap;

#[derive(Debug)]
struct Book {
    title: String,
    on_loan_to: Option<u32>,
}

struct Library {
    books: Vec<Book>,
    members: BTreeMap<u32, String>,
    limit: usize,
}

impl Library {
    fn loans_of(&self, member: u32) -> usize {
        self.books.iter().filter(|b| b.on_loan_to == Some(member)).count()
    }

    fn checkout(&mut self, member: u32, title: &str) -> Result<(), String> {
        let name = self.members.get(&member).ok_or(format!("no member {}", member))?.clone();
        if self.loans_of(member) >= self.limit {
            return Err(format!("{} reached the limit", name));
        }
        let book = self
            .books
            .iter_mut()
            .find(|b| b.title == title)
            .ok_or_else(|| format!("no book {:?}", title))?;
        match book.on_loan_to {
            Some(_) => Err(format!("{:?} is out", title)),
            None => {
                book.on_loan_to = Some(member);
                Ok(())
            }
        }
    }

    fn give_back(&mut self, title: &str) -> Option<u32> {
        let book = self.books.iter_mut().find(|b| b.title == title)?;
        book.on_loan_to.take()
    }
}

fn main() {
    let titles = ["Dune", "Emma", "Ulysses", "Beloved"];
    let mut lib = Library {
        books: titles.iter().map(|t| Book { title: t.to_string(), on_loan_to: None }).collect(),
        members: BTreeMap::new(),
        limit: 2,
    };
    lib.members.insert(7, String::from("maya"));
    lib.members.insert(3, String::from("olu"));
    let requests = [(7, "Dune"), (3, "Dune"), (7, "Emma"), (7, "Beloved"), (9, "Emma"), (3, "Odyssey")];
    for (member, title) in requests {
        match lib.checkout(member, title) {
            Ok(()) => println!("{} borrowed {}", member, title),
            Err(e) => println!("refused: {}", e),
        }
    }
    println!("Dune returned by {:?}", lib.give_back("Dune"));
    println!("Dune returned again by {:?}", lib.give_back("Dune"));
    for (id, name) in &lib.members {
        println!("{} {} has {} book(s)", id, name, lib.loans_of(*id));
    }
}
