// lifetimes: a parser method's elided return ties results to the &mut self borrow
struct Parser<'a> { src: &'a str, pos: usize }
impl<'a> Parser<'a> {
    fn next_word(&mut self) -> &str {
        let rest = &self.src[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end + 1;
        &rest[..end]
    }
}
fn main() {
    let text = String::from("a bb ccc");
    let mut p = Parser { src: &text, pos: 0 };
    let w1 = p.next_word();
    let w2 = p.next_word();
    println!("{} {}", w1, w2);
}
