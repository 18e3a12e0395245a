// `unsafe impl` is only for `unsafe trait`s.
trait Render {
    fn render(&self) -> String;
}

struct Page;

unsafe impl Render for Page {
    fn render(&self) -> String {
        "page".to_string()
    }
}

fn main() {
    println!("{}", Page.render());
}
