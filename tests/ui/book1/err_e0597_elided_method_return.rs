// lifetimes: a method with an elided result borrows from the struct, not from the text it holds
struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn text(&self) -> &str {
        self.part
    }
    fn text_long(&self) -> &'a str {
        self.part
    }
}

fn main() {
    let novel = String::from("It was a dark night. Rain fell.");
    let long;
    let short;
    {
        let ex = Excerpt { part: &novel[..19] };
        long = ex.text_long();
        short = ex.text();
    }
    println!("{long} / {short}");
}
