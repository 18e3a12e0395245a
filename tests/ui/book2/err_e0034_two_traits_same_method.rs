// advanced traits: a method name provided by two implemented traits, called with method syntax
trait Printer {
    fn render(&self) -> String;
}

trait Screen {
    fn render(&self) -> String;
}

struct Report {
    pages: u32,
}

impl Printer for Report {
    fn render(&self) -> String {
        format!("printing {} pages", self.pages)
    }
}

impl Screen for Report {
    fn render(&self) -> String {
        format!("showing {} pages", self.pages)
    }
}

fn main() {
    let r = Report { pages: 3 };
    println!("{}", r.render());
}
