// trait objects: boxing a type that does not implement the trait into a Vec<Box<dyn Trait>>
trait Render {
    fn render(&self) -> String;
}

struct Title(String);
struct Footer;

impl Render for Title {
    fn render(&self) -> String {
        format!("# {}", self.0)
    }
}

fn main() {
    let parts: Vec<Box<dyn Render>> = vec![Box::new(Title("Hi".into())), Box::new(Footer)];
    for p in &parts {
        println!("{}", p.render());
    }
}
