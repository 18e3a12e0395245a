struct W<const N: usize>;

fn take(_w: W<3>) {}

fn main() {
    let w: W<4> = W;
    take(w);
}
