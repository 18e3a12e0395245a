// advanced traits: calling a trait's associated function without saying which impl
trait Factory {
    fn label() -> String;
}

struct Widget;

impl Factory for Widget {
    fn label() -> String {
        String::from("widget")
    }
}

fn main() {
    println!("{}", Widget::label());
    println!("{}", Factory::label());
}
