// Calling a `Box<dyn FnMut>` needs a mutable binding.
fn main() {
    let mut total = 0;
    let add: Box<dyn FnMut(i32)> = Box::new(|n| total += n);
    add(1);
}
