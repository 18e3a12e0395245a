// lifetimes: a method with an elided lifetime returns data borrowed from its argument
struct Registry<'a> {
    names: Vec<&'a str>,
}

impl<'a> Registry<'a> {
    fn pick(&self, other: &'a str) -> &'a str {
        other
    }
    fn find(&self, fallback: &str) -> &str {
        if self.names.is_empty() { fallback } else { self.names[0] }
    }
}

fn main() {
    let r = Registry { names: vec!["x"] };
    println!("{} {}", r.pick("y"), r.find("z"));
}
