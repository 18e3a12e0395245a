// Two blanket impls overlap even over two local traits: a type may implement both.
trait Shape {}
trait Named {}

trait Label {
    fn label(&self) -> &'static str;
}

impl<T: Shape> Label for T {
    fn label(&self) -> &'static str {
        "shape"
    }
}

impl<T: Named> Label for T {
    fn label(&self) -> &'static str {
        "named"
    }
}

fn main() {}
