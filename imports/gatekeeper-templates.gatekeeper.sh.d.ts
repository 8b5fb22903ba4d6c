import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ConstraintTemplate is the Schema for the constrainttemplates API
 *
 * @schema ConstraintTemplate
 */
export declare class ConstraintTemplate extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ConstraintTemplate"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ConstraintTemplate".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ConstraintTemplateProps): any;
    /**
     * Defines a "ConstraintTemplate" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ConstraintTemplateProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ConstraintTemplate is the Schema for the constrainttemplates API
 *
 * @schema ConstraintTemplate
 */
export interface ConstraintTemplateProps {
    /**
     * @schema ConstraintTemplate#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ConstraintTemplateSpec defines the desired state of ConstraintTemplate.
     *
     * @schema ConstraintTemplate#spec
     */
    readonly spec?: ConstraintTemplateSpec;
}
/**
 * Converts an object of type 'ConstraintTemplateProps' to JSON representation.
 */
export declare function toJson_ConstraintTemplateProps(obj: ConstraintTemplateProps | undefined): Record<string, any> | undefined;
/**
 * ConstraintTemplateSpec defines the desired state of ConstraintTemplate.
 *
 * @schema ConstraintTemplateSpec
 */
export interface ConstraintTemplateSpec {
    /**
     * CRD defines the custom resource definition specification for the constraint.
     *
     * @schema ConstraintTemplateSpec#crd
     */
    readonly crd?: ConstraintTemplateSpecCrd;
    /**
     * @schema ConstraintTemplateSpec#targets
     */
    readonly targets?: ConstraintTemplateSpecTargets[];
}
/**
 * Converts an object of type 'ConstraintTemplateSpec' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpec(obj: ConstraintTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * CRD defines the custom resource definition specification for the constraint.
 *
 * @schema ConstraintTemplateSpecCrd
 */
export interface ConstraintTemplateSpecCrd {
    /**
     * CRDSpec defines the spec for the CRD.
     *
     * @schema ConstraintTemplateSpecCrd#spec
     */
    readonly spec?: ConstraintTemplateSpecCrdSpec;
}
/**
 * Converts an object of type 'ConstraintTemplateSpecCrd' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpecCrd(obj: ConstraintTemplateSpecCrd | undefined): Record<string, any> | undefined;
/**
 * Target defines the target handler and policy for the constraint template.
 *
 * @schema ConstraintTemplateSpecTargets
 */
export interface ConstraintTemplateSpecTargets {
    /**
     * The source code options for the constraint template. "Rego" can only
     * be specified in one place (either here or in the "rego" field)
     *
     * @schema ConstraintTemplateSpecTargets#code
     */
    readonly code?: ConstraintTemplateSpecTargetsCode[];
    /**
     * @schema ConstraintTemplateSpecTargets#libs
     */
    readonly libs?: string[];
    /**
     * @schema ConstraintTemplateSpecTargets#operations
     */
    readonly operations?: ConstraintTemplateSpecTargetsOperations[];
    /**
     * @schema ConstraintTemplateSpecTargets#rego
     */
    readonly rego?: string;
    /**
     * @schema ConstraintTemplateSpecTargets#target
     */
    readonly target?: string;
}
/**
 * Converts an object of type 'ConstraintTemplateSpecTargets' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpecTargets(obj: ConstraintTemplateSpecTargets | undefined): Record<string, any> | undefined;
/**
 * CRDSpec defines the spec for the CRD.
 *
 * @schema ConstraintTemplateSpecCrdSpec
 */
export interface ConstraintTemplateSpecCrdSpec {
    /**
     * Names defines the naming conventions for the constraint kind.
     *
     * @schema ConstraintTemplateSpecCrdSpec#names
     */
    readonly names?: ConstraintTemplateSpecCrdSpecNames;
    /**
     * Validation defines the schema for constraint parameters.
     *
     * @schema ConstraintTemplateSpecCrdSpec#validation
     */
    readonly validation?: ConstraintTemplateSpecCrdSpecValidation;
}
/**
 * Converts an object of type 'ConstraintTemplateSpecCrdSpec' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpecCrdSpec(obj: ConstraintTemplateSpecCrdSpec | undefined): Record<string, any> | undefined;
/**
 * Code defines the policy source code for a specific engine.
 *
 * @schema ConstraintTemplateSpecTargetsCode
 */
export interface ConstraintTemplateSpecTargetsCode {
    /**
     * The engine used to evaluate the code. Example: "Rego". Required.
     *
     * @schema ConstraintTemplateSpecTargetsCode#engine
     */
    readonly engine: string;
    /**
     * The source code for the template. Required.
     *
     * @schema ConstraintTemplateSpecTargetsCode#source
     */
    readonly source: any;
}
/**
 * Converts an object of type 'ConstraintTemplateSpecTargetsCode' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpecTargetsCode(obj: ConstraintTemplateSpecTargetsCode | undefined): Record<string, any> | undefined;
/**
 * OperationType specifies an operation for a request.
 *
 * @schema ConstraintTemplateSpecTargetsOperations
 */
export declare enum ConstraintTemplateSpecTargetsOperations {
    /** * */
    VALUE_ASTERISK = "*",
    /** CREATE */
    CREATE = "CREATE",
    /** DELETE */
    DELETE = "DELETE",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** CONNECT */
    CONNECT = "CONNECT"
}
/**
 * Names defines the naming conventions for the constraint kind.
 *
 * @schema ConstraintTemplateSpecCrdSpecNames
 */
export interface ConstraintTemplateSpecCrdSpecNames {
    /**
     * @schema ConstraintTemplateSpecCrdSpecNames#kind
     */
    readonly kind?: string;
    /**
     * @schema ConstraintTemplateSpecCrdSpecNames#shortNames
     */
    readonly shortNames?: string[];
}
/**
 * Converts an object of type 'ConstraintTemplateSpecCrdSpecNames' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpecCrdSpecNames(obj: ConstraintTemplateSpecCrdSpecNames | undefined): Record<string, any> | undefined;
/**
 * Validation defines the schema for constraint parameters.
 *
 * @schema ConstraintTemplateSpecCrdSpecValidation
 */
export interface ConstraintTemplateSpecCrdSpecValidation {
    /**
     * @schema ConstraintTemplateSpecCrdSpecValidation#legacySchema
     */
    readonly legacySchema?: boolean;
    /**
     * @schema ConstraintTemplateSpecCrdSpecValidation#openAPIV3Schema
     */
    readonly openApiv3Schema?: any;
}
/**
 * Converts an object of type 'ConstraintTemplateSpecCrdSpecValidation' to JSON representation.
 */
export declare function toJson_ConstraintTemplateSpecCrdSpecValidation(obj: ConstraintTemplateSpecCrdSpecValidation | undefined): Record<string, any> | undefined;
/**
 * ConstraintTemplate is the Schema for the constrainttemplates API
 *
 * @schema ConstraintTemplateV1Alpha1
 */
export declare class ConstraintTemplateV1Alpha1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ConstraintTemplateV1Alpha1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ConstraintTemplateV1Alpha1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ConstraintTemplateV1Alpha1Props): any;
    /**
     * Defines a "ConstraintTemplateV1Alpha1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ConstraintTemplateV1Alpha1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ConstraintTemplate is the Schema for the constrainttemplates API
 *
 * @schema ConstraintTemplateV1Alpha1
 */
export interface ConstraintTemplateV1Alpha1Props {
    /**
     * @schema ConstraintTemplateV1Alpha1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ConstraintTemplateSpec defines the desired state of ConstraintTemplate.
     *
     * @schema ConstraintTemplateV1Alpha1#spec
     */
    readonly spec?: ConstraintTemplateV1Alpha1Spec;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1Props' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1Props(obj: ConstraintTemplateV1Alpha1Props | undefined): Record<string, any> | undefined;
/**
 * ConstraintTemplateSpec defines the desired state of ConstraintTemplate.
 *
 * @schema ConstraintTemplateV1Alpha1Spec
 */
export interface ConstraintTemplateV1Alpha1Spec {
    /**
     * CRD defines the custom resource definition specification for the constraint.
     *
     * @schema ConstraintTemplateV1Alpha1Spec#crd
     */
    readonly crd?: ConstraintTemplateV1Alpha1SpecCrd;
    /**
     * @schema ConstraintTemplateV1Alpha1Spec#targets
     */
    readonly targets?: ConstraintTemplateV1Alpha1SpecTargets[];
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1Spec' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1Spec(obj: ConstraintTemplateV1Alpha1Spec | undefined): Record<string, any> | undefined;
/**
 * CRD defines the custom resource definition specification for the constraint.
 *
 * @schema ConstraintTemplateV1Alpha1SpecCrd
 */
export interface ConstraintTemplateV1Alpha1SpecCrd {
    /**
     * CRDSpec defines the spec for the CRD.
     *
     * @schema ConstraintTemplateV1Alpha1SpecCrd#spec
     */
    readonly spec?: ConstraintTemplateV1Alpha1SpecCrdSpec;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1SpecCrd' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1SpecCrd(obj: ConstraintTemplateV1Alpha1SpecCrd | undefined): Record<string, any> | undefined;
/**
 * Target defines the target handler and policy for the constraint template.
 *
 * @schema ConstraintTemplateV1Alpha1SpecTargets
 */
export interface ConstraintTemplateV1Alpha1SpecTargets {
    /**
     * The source code options for the constraint template. "Rego" can only
     * be specified in one place (either here or in the "rego" field)
     *
     * @schema ConstraintTemplateV1Alpha1SpecTargets#code
     */
    readonly code?: ConstraintTemplateV1Alpha1SpecTargetsCode[];
    /**
     * @schema ConstraintTemplateV1Alpha1SpecTargets#libs
     */
    readonly libs?: string[];
    /**
     * @schema ConstraintTemplateV1Alpha1SpecTargets#operations
     */
    readonly operations?: ConstraintTemplateV1Alpha1SpecTargetsOperations[];
    /**
     * @schema ConstraintTemplateV1Alpha1SpecTargets#rego
     */
    readonly rego?: string;
    /**
     * @schema ConstraintTemplateV1Alpha1SpecTargets#target
     */
    readonly target?: string;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1SpecTargets' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1SpecTargets(obj: ConstraintTemplateV1Alpha1SpecTargets | undefined): Record<string, any> | undefined;
/**
 * CRDSpec defines the spec for the CRD.
 *
 * @schema ConstraintTemplateV1Alpha1SpecCrdSpec
 */
export interface ConstraintTemplateV1Alpha1SpecCrdSpec {
    /**
     * Names defines the naming conventions for the constraint kind.
     *
     * @schema ConstraintTemplateV1Alpha1SpecCrdSpec#names
     */
    readonly names?: ConstraintTemplateV1Alpha1SpecCrdSpecNames;
    /**
     * Validation defines the schema for constraint parameters.
     *
     * @schema ConstraintTemplateV1Alpha1SpecCrdSpec#validation
     */
    readonly validation?: ConstraintTemplateV1Alpha1SpecCrdSpecValidation;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1SpecCrdSpec' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1SpecCrdSpec(obj: ConstraintTemplateV1Alpha1SpecCrdSpec | undefined): Record<string, any> | undefined;
/**
 * Code defines the policy source code for a specific engine.
 *
 * @schema ConstraintTemplateV1Alpha1SpecTargetsCode
 */
export interface ConstraintTemplateV1Alpha1SpecTargetsCode {
    /**
     * The engine used to evaluate the code. Example: "Rego". Required.
     *
     * @schema ConstraintTemplateV1Alpha1SpecTargetsCode#engine
     */
    readonly engine: string;
    /**
     * The source code for the template. Required.
     *
     * @schema ConstraintTemplateV1Alpha1SpecTargetsCode#source
     */
    readonly source: any;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1SpecTargetsCode' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1SpecTargetsCode(obj: ConstraintTemplateV1Alpha1SpecTargetsCode | undefined): Record<string, any> | undefined;
/**
 * OperationType specifies an operation for a request.
 *
 * @schema ConstraintTemplateV1Alpha1SpecTargetsOperations
 */
export declare enum ConstraintTemplateV1Alpha1SpecTargetsOperations {
    /** * */
    VALUE_ASTERISK = "*",
    /** CREATE */
    CREATE = "CREATE",
    /** DELETE */
    DELETE = "DELETE",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** CONNECT */
    CONNECT = "CONNECT"
}
/**
 * Names defines the naming conventions for the constraint kind.
 *
 * @schema ConstraintTemplateV1Alpha1SpecCrdSpecNames
 */
export interface ConstraintTemplateV1Alpha1SpecCrdSpecNames {
    /**
     * @schema ConstraintTemplateV1Alpha1SpecCrdSpecNames#kind
     */
    readonly kind?: string;
    /**
     * @schema ConstraintTemplateV1Alpha1SpecCrdSpecNames#shortNames
     */
    readonly shortNames?: string[];
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1SpecCrdSpecNames' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1SpecCrdSpecNames(obj: ConstraintTemplateV1Alpha1SpecCrdSpecNames | undefined): Record<string, any> | undefined;
/**
 * Validation defines the schema for constraint parameters.
 *
 * @schema ConstraintTemplateV1Alpha1SpecCrdSpecValidation
 */
export interface ConstraintTemplateV1Alpha1SpecCrdSpecValidation {
    /**
     * @schema ConstraintTemplateV1Alpha1SpecCrdSpecValidation#legacySchema
     */
    readonly legacySchema?: boolean;
    /**
     * @schema ConstraintTemplateV1Alpha1SpecCrdSpecValidation#openAPIV3Schema
     */
    readonly openApiv3Schema?: any;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Alpha1SpecCrdSpecValidation' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Alpha1SpecCrdSpecValidation(obj: ConstraintTemplateV1Alpha1SpecCrdSpecValidation | undefined): Record<string, any> | undefined;
/**
 * ConstraintTemplate is the Schema for the constrainttemplates API
 *
 * @schema ConstraintTemplateV1Beta1
 */
export declare class ConstraintTemplateV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ConstraintTemplateV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ConstraintTemplateV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ConstraintTemplateV1Beta1Props): any;
    /**
     * Defines a "ConstraintTemplateV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ConstraintTemplateV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ConstraintTemplate is the Schema for the constrainttemplates API
 *
 * @schema ConstraintTemplateV1Beta1
 */
export interface ConstraintTemplateV1Beta1Props {
    /**
     * @schema ConstraintTemplateV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ConstraintTemplateSpec defines the desired state of ConstraintTemplate.
     *
     * @schema ConstraintTemplateV1Beta1#spec
     */
    readonly spec?: ConstraintTemplateV1Beta1Spec;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1Props' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1Props(obj: ConstraintTemplateV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * ConstraintTemplateSpec defines the desired state of ConstraintTemplate.
 *
 * @schema ConstraintTemplateV1Beta1Spec
 */
export interface ConstraintTemplateV1Beta1Spec {
    /**
     * CRD defines the custom resource definition specification for the constraint.
     *
     * @schema ConstraintTemplateV1Beta1Spec#crd
     */
    readonly crd?: ConstraintTemplateV1Beta1SpecCrd;
    /**
     * @schema ConstraintTemplateV1Beta1Spec#targets
     */
    readonly targets?: ConstraintTemplateV1Beta1SpecTargets[];
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1Spec(obj: ConstraintTemplateV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * CRD defines the custom resource definition specification for the constraint.
 *
 * @schema ConstraintTemplateV1Beta1SpecCrd
 */
export interface ConstraintTemplateV1Beta1SpecCrd {
    /**
     * CRDSpec defines the spec for the CRD.
     *
     * @schema ConstraintTemplateV1Beta1SpecCrd#spec
     */
    readonly spec?: ConstraintTemplateV1Beta1SpecCrdSpec;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1SpecCrd' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1SpecCrd(obj: ConstraintTemplateV1Beta1SpecCrd | undefined): Record<string, any> | undefined;
/**
 * Target defines the target handler and policy for the constraint template.
 *
 * @schema ConstraintTemplateV1Beta1SpecTargets
 */
export interface ConstraintTemplateV1Beta1SpecTargets {
    /**
     * The source code options for the constraint template. "Rego" can only
     * be specified in one place (either here or in the "rego" field)
     *
     * @schema ConstraintTemplateV1Beta1SpecTargets#code
     */
    readonly code?: ConstraintTemplateV1Beta1SpecTargetsCode[];
    /**
     * @schema ConstraintTemplateV1Beta1SpecTargets#libs
     */
    readonly libs?: string[];
    /**
     * @schema ConstraintTemplateV1Beta1SpecTargets#operations
     */
    readonly operations?: ConstraintTemplateV1Beta1SpecTargetsOperations[];
    /**
     * @schema ConstraintTemplateV1Beta1SpecTargets#rego
     */
    readonly rego?: string;
    /**
     * @schema ConstraintTemplateV1Beta1SpecTargets#target
     */
    readonly target?: string;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1SpecTargets' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1SpecTargets(obj: ConstraintTemplateV1Beta1SpecTargets | undefined): Record<string, any> | undefined;
/**
 * CRDSpec defines the spec for the CRD.
 *
 * @schema ConstraintTemplateV1Beta1SpecCrdSpec
 */
export interface ConstraintTemplateV1Beta1SpecCrdSpec {
    /**
     * Names defines the naming conventions for the constraint kind.
     *
     * @schema ConstraintTemplateV1Beta1SpecCrdSpec#names
     */
    readonly names?: ConstraintTemplateV1Beta1SpecCrdSpecNames;
    /**
     * Validation defines the schema for constraint parameters.
     *
     * @schema ConstraintTemplateV1Beta1SpecCrdSpec#validation
     */
    readonly validation?: ConstraintTemplateV1Beta1SpecCrdSpecValidation;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1SpecCrdSpec' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1SpecCrdSpec(obj: ConstraintTemplateV1Beta1SpecCrdSpec | undefined): Record<string, any> | undefined;
/**
 * Code defines the policy source code for a specific engine.
 *
 * @schema ConstraintTemplateV1Beta1SpecTargetsCode
 */
export interface ConstraintTemplateV1Beta1SpecTargetsCode {
    /**
     * The engine used to evaluate the code. Example: "Rego". Required.
     *
     * @schema ConstraintTemplateV1Beta1SpecTargetsCode#engine
     */
    readonly engine: string;
    /**
     * The source code for the template. Required.
     *
     * @schema ConstraintTemplateV1Beta1SpecTargetsCode#source
     */
    readonly source: any;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1SpecTargetsCode' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1SpecTargetsCode(obj: ConstraintTemplateV1Beta1SpecTargetsCode | undefined): Record<string, any> | undefined;
/**
 * OperationType specifies an operation for a request.
 *
 * @schema ConstraintTemplateV1Beta1SpecTargetsOperations
 */
export declare enum ConstraintTemplateV1Beta1SpecTargetsOperations {
    /** * */
    VALUE_ASTERISK = "*",
    /** CREATE */
    CREATE = "CREATE",
    /** DELETE */
    DELETE = "DELETE",
    /** UPDATE */
    UPDATE = "UPDATE",
    /** CONNECT */
    CONNECT = "CONNECT"
}
/**
 * Names defines the naming conventions for the constraint kind.
 *
 * @schema ConstraintTemplateV1Beta1SpecCrdSpecNames
 */
export interface ConstraintTemplateV1Beta1SpecCrdSpecNames {
    /**
     * @schema ConstraintTemplateV1Beta1SpecCrdSpecNames#kind
     */
    readonly kind?: string;
    /**
     * @schema ConstraintTemplateV1Beta1SpecCrdSpecNames#shortNames
     */
    readonly shortNames?: string[];
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1SpecCrdSpecNames' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1SpecCrdSpecNames(obj: ConstraintTemplateV1Beta1SpecCrdSpecNames | undefined): Record<string, any> | undefined;
/**
 * Validation defines the schema for constraint parameters.
 *
 * @schema ConstraintTemplateV1Beta1SpecCrdSpecValidation
 */
export interface ConstraintTemplateV1Beta1SpecCrdSpecValidation {
    /**
     * @schema ConstraintTemplateV1Beta1SpecCrdSpecValidation#legacySchema
     */
    readonly legacySchema?: boolean;
    /**
     * @schema ConstraintTemplateV1Beta1SpecCrdSpecValidation#openAPIV3Schema
     */
    readonly openApiv3Schema?: any;
}
/**
 * Converts an object of type 'ConstraintTemplateV1Beta1SpecCrdSpecValidation' to JSON representation.
 */
export declare function toJson_ConstraintTemplateV1Beta1SpecCrdSpecValidation(obj: ConstraintTemplateV1Beta1SpecCrdSpecValidation | undefined): Record<string, any> | undefined;
