// returning str by value
fn name() -> str { *"x" }
fn main() {
    let _ = name;
}
