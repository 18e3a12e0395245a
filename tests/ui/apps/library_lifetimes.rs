// explicit lifetimes: struct holding &str, functions returning borrowed data, iterators over borrowed fields
#[derive(Debug)]
struct Book<'a> {
    title: &'a str,
    author: &'a str,
    year: u16,
}

struct Shelf<'a> {
    books: Vec<Book<'a>>,
}

impl<'a> Shelf<'a> {
    fn by_author(&self, who: &str) -> Vec<&Book<'a>> {
        self.books.iter().filter(|b| b.author == who).collect()
    }

    fn oldest(&self) -> Option<&Book<'a>> {
        self.books.iter().min_by_key(|b| b.year)
    }

    fn longest_title(&self) -> &'a str {
        let mut best = "";
        for b in &self.books {
            if b.title.len() > best.len() {
                best = b.title;
            }
        }
        best
    }
}

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn longer<'x>(a: &'x str, b: &'x str) -> &'x str {
    if a.len() >= b.len() { a } else { b }
}

fn parse_line(line: &str) -> Option<Book<'_>> {
    let mut parts = line.split('|');
    let title = parts.next()?.trim();
    let author = parts.next()?.trim();
    let year = parts.next()?.trim().parse().ok()?;
    Some(Book { title, author, year })
}

fn main() {
    let catalog = String::from(
        "Dune | Herbert | 1965\nEmma | Austen | 1815\nPersuasion | Austen | 1817\nbroken line\nNeuromancer | Gibson | 1984",
    );
    let shelf = Shelf { books: catalog.lines().filter_map(parse_line).collect() };
    println!("{} books", shelf.books.len());
    for b in shelf.by_author("Austen") {
        println!("austen: {} ({})", b.title, b.year);
    }
    println!("oldest: {:?}", shelf.oldest().map(|b| b.title));
    let title = shelf.longest_title();
    println!("longest title: {}", title);
    println!("first word: {}", first_word("hello borrow world"));
    let winner;
    {
        let a = "short";
        let b = "much longer";
        winner = longer(a, b);
    }
    println!("longer: {}", winner);
    let decades: Vec<u16> = shelf.books.iter().map(|b| b.year / 10 * 10).collect();
    println!("decades {:?}", decades);
}
