// macros: an expression argument moved by the macro body is used again after the invocation
macro_rules! consume_len {
    ($text:expr) => {{
        let owned: String = $text;
        owned.len()
    }};
}

fn main() {
    let title = String::from("chapter one");
    let n = consume_len!(title);
    println!("{} has {} bytes", title, n);
}
