export { Button, type ButtonProps, type ButtonVariant } from "./Button";
export { TextField, type TextFieldProps } from "./TextField";
export { Select, type SelectOption, type SelectProps } from "./Select";
