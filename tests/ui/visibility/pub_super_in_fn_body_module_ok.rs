// A module declared in a fn body: `pub(super)` reaches the enclosing module (blocks are not modules).
fn main() {
    mod helpers {
        pub(super) fn double(x: u32) -> u32 {
            x * 2
        }
        pub(crate) struct Pair(pub(super) u32, pub(crate) u32);
    }
    let p = helpers::Pair(helpers::double(2), 5);
    println!("{} {}", p.0, p.1);
}
