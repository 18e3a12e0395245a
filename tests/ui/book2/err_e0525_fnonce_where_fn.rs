// closures: a closure that moves its capture out is FnOnce but an Fn bound is required
fn twice<F: Fn() -> Vec<u8>>(f: F) -> usize {
    f().len() + f().len()
}

fn main() {
    let bytes = vec![1u8, 2, 3];
    let give = move || bytes;
    println!("{}", twice(give));
}
