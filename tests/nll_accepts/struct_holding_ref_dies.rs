// nll_accepts: a struct holding a borrow is dead before the borrowed value is changed
struct Reader<'a> {
    text: &'a str,
}

impl<'a> Reader<'a> {
    fn first_word(&self) -> &'a str {
        self.text.split(' ').next().unwrap_or("")
    }
}

fn main() {
    let mut doc = String::from("hello big world");
    let r = Reader { text: &doc };
    let w = r.first_word().len();
    doc.push('!');
    println!("{} {}", w, doc);
}
